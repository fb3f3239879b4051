/**
 * Charts: `newChart()` gives a builder that records every call; `insertChart` keeps the built chart
 * in `sheet.charts` with its chart type, source ranges (A1), options, transposition and position.
 */
import type { FakeRange } from './range';

export interface FakeChart {
  chartType: string;
  ranges: string[];
  options: Record<string, unknown>;
  transpose: boolean;
  numHeaders: number | undefined;
  position: { row: number; column: number; offsetX: number; offsetY: number } | undefined;
}

/** Records what the add-on asks of an EmbeddedChartBuilder. */
export class FakeChartBuilder {
  readonly chart: FakeChart = {
    chartType: '',
    ranges: [],
    options: {},
    transpose: false,
    numHeaders: undefined,
    position: undefined,
  };
  setChartType(type: string): this {
    this.chart.chartType = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.chart.ranges.push(range.getA1Notation());
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.chart.options[name] = value;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.chart.transpose = transpose;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.chart.numHeaders = headers;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.chart.position = { row, column, offsetX, offsetY };
    return this;
  }
  build(): FakeChart {
    if (!this.chart.chartType || this.chart.ranges.length === 0 || !this.chart.position)
      throw new Error('Exception: a chart needs a type, a range and a position');
    return { ...this.chart };
  }
}
