/*
 * A fake of the parts of office.js the task pane uses, served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the headless-Chromium test.
 * It behaves like the real proxy model: `load` queues property reads, `context.sync()` performs them
 * (reading a property that was not loaded and synced throws, as in Excel), and assignments to
 * `range.formulas` are queued and applied at the next sync. Everything is recorded on
 * `window.__fake` for the test to inspect: loads, syncs, writes, settings saves.
 *
 * Workbook names (`workbook.names.getItemOrNullObject`, `names.add`) are kept by lower-cased name
 * (Excel's names are case-insensitive) with the formula Excel would show (`=Sheet1!$A$1:$F$3`);
 * every `names.add` is recorded in `namesAdded`, applied at the next sync.
 *
 * Charts: `worksheet.charts.add(type, range, seriesBy)` returns a chart whose `title.text` and
 * `setPosition(start, end)` are recorded; the chart is kept in `charts` at the next sync, with the
 * source range's address (a chart over a range is only the range's address in Excel, not its cells).
 *
 * A cell may carry a `format` (its number format, e.g. 'm/d/yyyy'); `numberFormat` reads 'General' otherwise.
 *
 * Document settings as co-authoring has them: `settings` is this pane's in-memory copy, `document` what
 * the workbook holds. `saveAsync` writes the copy to the document, `refreshAsync` reads the document
 * into the copy; `window.__fake.coauthorSaves(key, value)` is another person's pane saving, which
 * changes the document and fires settingsChanged (as Excel on the web does). `failRefreshes` makes
 * that many refreshAsync calls fail.
 *
 * The test sets `window.__fakeSetup = { cells, active, settings, names, readyDelayMs, readyHost }` (an init
 * script) before the page loads; `readyDelayMs` is how long Office.onReady takes, `readyHost` what it reports.
 */
(function () {
  var setup = window.__fakeSetup || {};
  var fake = {
    cells: setup.cells || {}, // 'A1' -> { value, formula }
    active: setup.active || { row: 1, col: 0 }, // 0-based
    settings: Object.assign({}, setup.settings || {}),
    document: Object.assign({}, setup.settings || {}),
    savedSettings: [],
    settingsHandlers: [],
    refreshes: 0,
    failRefreshes: setup.failRefreshes || 0,
    loads: [],
    syncs: 0,
    runs: 0,
    writes: [],
    associated: [],
    names: Object.assign({}, setup.names || {}), // lower-cased name -> { name, formula, comment }
    namesAdded: [],
    charts: [],
  };
  window.__fake = fake;
  fake.coauthorSaves = function (key, value) {
    fake.document[key] = value;
    fake.settingsHandlers.forEach(function (handler) {
      handler({ type: 'settingsChanged' });
    });
  };

  function letters(col) {
    var s = '';
    for (var n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function a1(row, col) {
    return letters(col) + (row + 1);
  }
  function cell(row, col) {
    return fake.cells[a1(row, col)] || { value: '', formula: '' };
  }
  function usedBounds() {
    var keys = Object.keys(fake.cells).filter(function (k) {
      var c = fake.cells[k];
      return c.value !== '' || c.formula !== '';
    });
    if (!keys.length) return null;
    var rows = [],
      cols = [];
    keys.forEach(function (k) {
      var m = /^([A-Z]+)(\d+)$/.exec(k);
      var col = 0;
      for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
      cols.push(col - 1);
      rows.push(Number(m[2]) - 1);
    });
    var r0 = Math.min.apply(null, rows),
      c0 = Math.min.apply(null, cols);
    return { row: r0, col: c0, rows: Math.max.apply(null, rows) - r0 + 1, cols: Math.max.apply(null, cols) - c0 + 1 };
  }

  function parseA1(text) {
    var m = /^\$?([A-Z]+)\$?(\d+)$/.exec(text.toUpperCase());
    if (!m) throw new Error('InvalidArgument: not a cell address: ' + text);
    var col = 0;
    for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }

  function Range(ctx, bounds) {
    this._ctx = ctx;
    this._b = bounds; // function returning {row, col, rows, cols} or null (null object), evaluated at sync
    this._loaded = {};
    this._wanted = [];
    this._isNull = undefined;
  }
  var PROPS = ['address', 'values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  PROPS.forEach(function (p) {
    Object.defineProperty(Range.prototype, p, {
      get: function () {
        if (!(p in this._loaded)) throw new Error('PropertyNotLoaded: ' + p + ' was read before load() and sync()');
        return this._loaded[p];
      },
      set: function (value) {
        var range = this;
        if (p === 'numberFormat') {
          var formats = JSON.parse(JSON.stringify(value));
          this._ctx._queue.push({
            apply: function () {
              var b = range._b();
              for (var r = 0; r < b.rows; r++)
                for (var c = 0; c < b.cols; c++) {
                  var key = a1(b.row + r, b.col + c);
                  fake.cells[key] = Object.assign({ value: '', formula: '' }, fake.cells[key], {
                    format: formats[r][c],
                  });
                }
            },
          });
          return;
        }
        if (p !== 'formulas') throw new Error('the fake only supports assigning formulas and number formats');
        this._ctx._queue.push({ range: this, formulas: JSON.parse(JSON.stringify(value)) });
      },
    });
  });
  Object.defineProperty(Range.prototype, 'isNullObject', {
    get: function () {
      if (this._isNull === undefined) throw new Error('PropertyNotLoaded: isNullObject before sync()');
      return this._isNull;
    },
  });
  Range.prototype.load = function (props) {
    var list =
      typeof props === 'string'
        ? props.split(',').map(function (s) {
            return s.trim();
          })
        : props;
    var self = this;
    list.forEach(function (p) {
      self._wanted.push(p);
    });
    fake.loads.push({ props: list.join(','), pendingSync: fake.syncs });
    this._ctx._pending.push(this);
    return this;
  };
  Range.prototype.getResizedRange = function (dr, dc) {
    var base = this._b;
    return new Range(this._ctx, function () {
      var b = base();
      return { row: b.row, col: b.col, rows: b.rows + dr, cols: b.cols + dc };
    });
  };
  Range.prototype.getOffsetRange = function (dr, dc) {
    var base = this._b;
    return new Range(this._ctx, function () {
      var b = base();
      return { row: b.row + dr, col: b.col + dc, rows: b.rows, cols: b.cols };
    });
  };
  Range.prototype.getCell = function (r, c) {
    var base = this._b;
    return new Range(this._ctx, function () {
      var b = base();
      return { row: b.row + r, col: b.col + c, rows: 1, cols: 1 };
    });
  };
  function addressOf(b) {
    return b.rows === 1 && b.cols === 1
      ? a1(b.row, b.col)
      : a1(b.row, b.col) + ':' + a1(b.row + b.rows - 1, b.col + b.cols - 1);
  }
  Range.prototype._snapshot = function () {
    var b = this._b();
    this._isNull = b === null;
    if (!b) return;
    var values = [],
      formulas = [],
      formats = [];
    for (var r = 0; r < b.rows; r++) {
      values.push([]);
      formulas.push([]);
      formats.push([]);
      for (var c = 0; c < b.cols; c++) {
        var x = cell(b.row + r, b.col + c);
        values[r].push(x.value);
        formulas[r].push(x.formula || x.value);
        formats[r].push(x.format || 'General');
      }
    }
    var addr =
      b.rows === 1 && b.cols === 1
        ? a1(b.row, b.col)
        : a1(b.row, b.col) + ':' + a1(b.row + b.rows - 1, b.col + b.cols - 1);
    var all = {
      address: 'Sheet1!' + addr,
      values: values,
      formulas: formulas,
      numberFormat: formats,
      rowIndex: b.row,
      columnIndex: b.col,
      rowCount: b.rows,
      columnCount: b.cols,
    };
    var self = this;
    this._wanted.forEach(function (p) {
      self._loaded[p] = all[p];
    });
  };

  function Context() {
    var ctx = this;
    this._pending = [];
    this._queue = [];
    var sheet = {
      name: 'Sheet1',
      getRange: function (address) {
        var parts = address.split(':');
        var a = parseA1(parts[0]);
        var b = parts[1] ? parseA1(parts[1]) : a;
        var range = new Range(ctx, function () {
          return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
        });
        range._sheetName = 'Sheet1';
        return range;
      },
      getUsedRangeOrNullObject: function () {
        return new Range(ctx, usedBounds);
      },
      getRangeByIndexes: function (row, col, rows, cols) {
        return new Range(ctx, function () {
          return { row: row, col: col, rows: rows, cols: cols };
        });
      },
      charts: {
        add: function (type, source, seriesBy) {
          var chart = { type: type, seriesBy: seriesBy, title: { text: '' }, position: null, _source: source };
          // Queued like every command: applied at the next sync, to the chart that sync added or an earlier one.
          chart.setPosition = function (start, end) {
            ctx._queue.push({
              apply: function () {
                chart.position = [String(start), end === undefined ? null : String(end)];
                if (chart._recorded) chart._recorded.position = chart.position;
              },
            });
          };
          ctx._queue.push({ chart: chart });
          return chart;
        },
      },
    };
    function NamedItem(name) {
      this._name = name;
      this._loaded = false;
    }
    NamedItem.prototype.load = function () {
      ctx._pending.push(this);
      return this;
    };
    NamedItem.prototype._snapshot = function () {
      var held = fake.names[this._name.toLowerCase()];
      this._loaded = true;
      this.isNullObject = !held;
      if (held) {
        this.name = held.name;
        this.formula = held.formula;
      }
    };
    this.workbook = {
      worksheets: {
        getActiveWorksheet: function () {
          return sheet;
        },
        getItem: function (name) {
          if (name !== 'Sheet1') throw new Error('ItemNotFound: no worksheet named ' + name);
          return sheet;
        },
      },
      names: {
        getItemOrNullObject: function (name) {
          return new NamedItem(name);
        },
        add: function (name, reference, comment) {
          ctx._queue.push({ name: name, range: reference, comment: comment });
          return { name: name };
        },
      },
      getActiveCell: function () {
        return new Range(ctx, function () {
          return { row: fake.active.row, col: fake.active.col, rows: 1, cols: 1 };
        });
      },
    };
  }
  Context.prototype.sync = function () {
    var ctx = this;
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try {
          fake.syncs++;
          ctx._queue.splice(0).forEach(function (w) {
            if (w.apply) return w.apply();
            if (w.chart) {
              if (fake.failCharts) throw new Error('GeneralException: ' + fake.failCharts);
              var c = w.chart;
              c._recorded = {
                type: c.type,
                seriesBy: c.seriesBy,
                title: c.title.text,
                position: c.position,
                source: 'Sheet1!' + addressOf(c._source._b()),
                atSync: fake.syncs,
              };
              fake.charts.push(c._recorded);
              return;
            }
            if (w.name !== undefined) {
              if (fake.names[w.name.toLowerCase()])
                throw new Error('InvalidArgument: a name ' + w.name + ' already exists');
              var nb = w.range._b();
              var abs = function (row, col) {
                return '$' + letters(col) + '$' + (row + 1);
              };
              var formula =
                '=' +
                w.range._sheetName +
                '!' +
                abs(nb.row, nb.col) +
                (nb.rows === 1 && nb.cols === 1 ? '' : ':' + abs(nb.row + nb.rows - 1, nb.col + nb.cols - 1));
              fake.names[w.name.toLowerCase()] = { name: w.name, formula: formula, comment: w.comment };
              fake.namesAdded.push({ name: w.name, formula: formula, comment: w.comment, atSync: fake.syncs });
              return;
            }
            var b = w.range._b();
            if (w.formulas.length !== b.rows || w.formulas[0].length !== b.cols)
              throw new Error('InvalidArgument: formulas do not match the range size');
            for (var r = 0; r < b.rows; r++)
              for (var c = 0; c < b.cols; c++) {
                var f = w.formulas[r][c];
                var prior = fake.cells[a1(b.row + r, b.col + c)];
                fake.cells[a1(b.row + r, b.col + c)] = {
                  value: typeof f === 'string' && f.charAt(0) === '=' ? '(calc)' : f,
                  formula: f,
                  format: prior && prior.format,
                };
              }
            fake.writes.push({
              address: 'Sheet1!' + a1(b.row, b.col) + ':' + a1(b.row + b.rows - 1, b.col + b.cols - 1),
              formulas: w.formulas,
              atSync: fake.syncs,
            });
          });
          ctx._pending.splice(0).forEach(function (range) {
            range._snapshot();
          });
          resolve();
        } catch (error) {
          ctx._pending.splice(0);
          reject(error);
        }
      }, 5);
    });
  };

  window.Excel = {
    ChartType: { columnStacked: 'ColumnStacked', columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    run: function (batch) {
      fake.runs++;
      return Promise.resolve().then(function () {
        return batch(new Context());
      });
    },
  };

  function ShimError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function (id) {
      fake.associated.push(id);
    },
    Error: ShimError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };

  window.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { SettingsChanged: 'settingsChanged' },
    // Office reports host and platform null outside Office; a slow Excel start is a long delay here.
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(
          function () {
            var host = 'readyHost' in setup ? setup.readyHost : 'Excel';
            var info = { host: host, platform: host ? 'OfficeOnline' : null };
            if (callback) callback(info);
            resolve(info);
          },
          typeof setup.readyDelayMs === 'number' ? setup.readyDelayMs : 10,
        );
      });
    },
    context: {
      document: {
        settings: {
          get: function (key) {
            return key in fake.settings ? fake.settings[key] : null;
          },
          set: function (key, value) {
            fake.settings[key] = value;
          },
          saveAsync: function (callback) {
            fake.savedSettings.push(JSON.parse(JSON.stringify(fake.settings)));
            fake.document = JSON.parse(JSON.stringify(fake.settings));
            setTimeout(function () {
              callback({ status: 'succeeded' });
            }, 1);
          },
          refreshAsync: function (callback) {
            fake.refreshes++;
            var fail = fake.failRefreshes > 0;
            if (fail) fake.failRefreshes--;
            else fake.settings = JSON.parse(JSON.stringify(fake.document));
            setTimeout(function () {
              callback(
                fail
                  ? { status: 'failed', error: { message: 'We could not reach the workbook.' } }
                  : { status: 'succeeded' },
              );
            }, 1);
          },
          addHandlerAsync: function (type, handler) {
            if (type === 'settingsChanged') fake.settingsHandlers.push(handler);
          },
          removeHandlerAsync: function (type, options) {
            fake.settingsHandlers = fake.settingsHandlers.filter(function (h) {
              return h !== (options && options.handler);
            });
          },
        },
      },
    },
  };
})();
