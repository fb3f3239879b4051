/**
 * `npm run build:excel` (and the Excel half of `npm run build`): webpack over webpack.config.js for
 * the hosting URL given as `--url <https://host/folder/>` or in ADDIN_URL, or for localhost when
 * neither is given (build/hosting.js). `npm run build -- --url ...` passes the flag through.
 */
const webpack = require('webpack');
const { hostingUrl } = require('./hosting');
const configs = require('../webpack.config');

let url;
try {
  url = hostingUrl(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

webpack(configs(url), (error, stats) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(stats.toString({ colors: false, all: false, errors: true, warnings: true, assets: true }));
  if (stats.hasErrors()) process.exit(1);
  console.log(
    url
      ? `dist/excel-addin/ is built for ${url}: host that folder there and deploy dist/excel-addin/manifest.xml (excel-addin/DEPLOY.md).`
      : 'dist/excel-addin/ is built for https://localhost:3000/ (npm start); for a hosted build: npm run build -- --url https://your.host/folder/',
  );
});
