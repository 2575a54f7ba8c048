'use strict';
// Builds the Excel task pane: src/taskpane/index.tsx → dist/.
//
// Environment options:
//   OFFICE_JS=local        copy office.js (+ the files it loads at run time) from @microsoft/office-js
//                          into dist/office-js/ and reference that copy (intranets without internet).
//   OFFICE_JS=<url>        reference office.js at that URL instead of Microsoft's CDN.
//   ADDIN_BASE_URL=<url>   write dist/manifest.xml with https://localhost:3000/ replaced by this URL.
//   DEV_SERVER_HTTP=1      (dev server) serve plain http, do not touch certificates.

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}/`;
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS_DIR = 'office-js';

/** Gzipped size allowed for the JS the pane loads up front (all initial chunks together). */
const PANE_GZIP_BUDGET_BYTES = 250 * 1000;
/** Packages that may only ever be lazy-loaded (import()), never part of the pane's initial chunks. */
const LAZY_ONLY_PACKAGES = ['exceljs', 'docx'];

// ---- office.js --------------------------------------------------------------------------------

/**
 * office.js finds its own <script src> and loads, from the same folder, o15apptofilemappingtable.js,
 * one host bundle (<host>-<platform>-<version>.js), <locale>/office_strings.js and telemetry helpers.
 * Without the mapping table Office.onReady never resolves. We copy the whole dist folder except
 * debug builds, type definitions and other hosts' payloads.
 */
function isNeededOfficeJsFile(relativePath) {
  const rel = relativePath.split(path.sep).join('/');
  if (/\.debug\.js$|\.d\.ts$|\.map$/i.test(rel)) return false;
  if (/^(word|outlook|powerpoint|onenote|visio|project|access|sway)-/i.test(rel)) return false;
  if (/\/outlook_strings\.js$/i.test(rel)) return false;
  return true;
}

function officeJsSetup() {
  const choice = (process.env.OFFICE_JS || '').trim();
  if (choice === '' || choice === 'cdn') {
    return { url: CDN_OFFICE_JS, source: 'Microsoft CDN', copyPatterns: [] };
  }
  if (choice !== 'local') {
    return { url: choice, source: 'OFFICE_JS', copyPatterns: [] };
  }
  let distDir;
  try {
    distDir = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json', { paths: [ROOT] })), 'dist');
  } catch {
    throw new Error(
      'OFFICE_JS=local needs the @microsoft/office-js package (npm install --save-dev @microsoft/office-js), ' +
        'which is not installed.',
    );
  }
  for (const required of ['office.js', 'o15apptofilemappingtable.js']) {
    if (!fs.existsSync(path.join(distDir, required))) {
      throw new Error(`OFFICE_JS=local: ${path.join(distDir, required)} is missing.`);
    }
  }
  return {
    url: `${LOCAL_OFFICE_JS_DIR}/office.js`,
    source: `local copy of @microsoft/office-js/dist in ${LOCAL_OFFICE_JS_DIR}/`,
    copyPatterns: [
      {
        from: distDir,
        to: LOCAL_OFFICE_JS_DIR,
        filter: (absolutePath) => isNeededOfficeJsFile(path.relative(distDir, absolutePath)),
        info: { minimized: true },
      },
    ],
  };
}

// ---- Content-Security-Policy -------------------------------------------------------------------

/**
 * The policy both pages carry as a <meta>: scripts only from the pane's own origin and office.js's
 * (its own origin alone for OFFICE_JS=local), never inline or eval'd; styles from itself and inline,
 * because Fluent UI's Griffel inserts <style> elements at run time; images from itself, data: and
 * blob:; connections only to itself and office.js's origin (webpack loads the ExcelJS and docx chunks
 * as scripts, downloads are blob: links); no plugins, no <base>, no form posts. The development build
 * also needs eval (its source maps) and the dev server's websocket.
 */
function contentSecurityPolicy(officeJsUrl, production) {
  const officeOrigin = /^https?:\/\//i.test(officeJsUrl) ? new URL(officeJsUrl).origin : null;
  const self = ["'self'", ...(officeOrigin ? [officeOrigin] : [])];
  const directives = {
    'default-src': ["'self'"],
    'script-src': [...self, ...(production ? [] : ["'unsafe-eval'"])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': [...self, ...(production ? [] : [`ws://localhost:${DEV_PORT}`, `wss://localhost:${DEV_PORT}`])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

// ---- Pane budget ------------------------------------------------------------------------------

/** Resources (file paths) behind a module, looking inside concatenated modules. */
function moduleResources(module) {
  if (module.modules) return [...module.modules].flatMap(moduleResources);
  const resource = module.resource || (module.nameForCondition && module.nameForCondition());
  return resource ? [resource] : [];
}

/**
 * Fails the build when a lazy-only package (ExcelJS, docx) lands in an initial chunk of the pane,
 * and, in production, when the initial JS exceeds the gzip budget. Logs the gzipped sizes.
 */
class PaneBudgetPlugin {
  constructor({ budgetBytes, enforceBudget }) {
    this.budgetBytes = budgetBytes;
    this.enforceBudget = enforceBudget;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PaneBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PaneBudgetPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const logger = compilation.getLogger('PaneBudgetPlugin');
          for (const [name, entrypoint] of compilation.entrypoints) {
            for (const chunk of entrypoint.chunks) {
              for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
                for (const resource of moduleResources(module)) {
                  const pkg = LAZY_ONLY_PACKAGES.find((p) =>
                    resource.split(path.sep).join('/').includes(`/node_modules/${p}/`),
                  );
                  if (pkg) {
                    compilation.errors.push(
                      new webpack.WebpackError(
                        `${pkg} is in the initial chunk of entry "${name}" (${path.relative(ROOT, resource)}). ` +
                          `Load it lazily with import("${pkg}").`,
                      ),
                    );
                  }
                }
              }
            }
            let total = 0;
            for (const file of entrypoint.getFiles().filter((f) => f.endsWith('.js'))) {
              const gz = zlib.gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length;
              total += gz;
              logger.info(`${file}: ${(gz / 1024).toFixed(1)} KiB gzipped`);
            }
            logger.info(
              `entry "${name}" initial JS: ${(total / 1024).toFixed(1)} KiB gzipped ` +
                `(budget ${(this.budgetBytes / 1000).toFixed(0)} kB)`,
            );
            if (this.enforceBudget && total > this.budgetBytes) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `entry "${name}": initial JS is ${total} bytes gzipped, over the budget of ${this.budgetBytes}.`,
                ),
              );
            }
          }
        },
      );
    });
  }
}

// ---- Dev server certificates ------------------------------------------------------------------

/**
 * https with office-addin-dev-certs when possible. getHttpsServerOptions() generates certificates
 * (offline) and then installs the CA into the system store, which needs sudo; when that step fails the
 * generated files are still usable (untrusted). Without any certificate, fall back to plain http.
 */
async function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === '1') {
    console.log(`[scoresheet] DEV_SERVER_HTTP=1: serving plain http://localhost:${DEV_PORT}/`);
    return 'http';
  }
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    console.warn(
      `[scoresheet] office-addin-dev-certs is not installed: serving plain http://localhost:${DEV_PORT}/ ` +
        '(Office will not load an http add-in; a browser will).',
    );
    return 'http';
  }
  try {
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
    const read = () =>
      Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    try {
      let options;
      try {
        options = read();
      } catch {
        await devCerts.generateCertificates();
        options = read();
      }
      console.warn(
        `[scoresheet] Serving https://localhost:${DEV_PORT}/ with a certificate from ${dir} that this machine ` +
          `does NOT trust (installing the CA failed: ${firstLine(error)}). Browsers will warn; ` +
          'run `npx office-addin-dev-certs install` with administrator rights to trust it.',
      );
      return { type: 'https', options };
    } catch (fallbackError) {
      console.warn(
        `[scoresheet] No development certificate (${firstLine(error)}; ${firstLine(fallbackError)}). ` +
          `Serving plain http://localhost:${DEV_PORT}/ — Office will not load it; a browser will.`,
      );
      return 'http';
    }
  }
}

function firstLine(error) {
  return String((error && error.message) || error).split('\n')[0];
}

/** The manifest for a deployment: every development URL (https://localhost:3000/) replaced by `base`. */
function manifestFor(manifest, baseUrl) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return manifest.split(DEV_ORIGIN).join(base);
}

// ---- Config -----------------------------------------------------------------------------------

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const officeJs = officeJsSetup();
  const addinBaseUrl = (process.env.ADDIN_BASE_URL || '').trim();
  const hash = production ? '.[contenthash:8]' : '';

  const csp = contentSecurityPolicy(officeJs.url, production);
  const copyPatterns = [
    { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
    // The pages' own small scripts, as files (the policy allows no inline script), unbundled: the
    // browser check must still run in Internet Explorer.
    { from: 'src/taskpane/unsupported-browser.js', to: '[name][ext]' },
    { from: 'src/taskpane/commands.js', to: '[name][ext]' },
    ...officeJs.copyPatterns,
  ];
  if (addinBaseUrl) {
    copyPatterns.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => manifestFor(content.toString('utf8'), addinBaseUrl),
    });
  }

  /** @type {import("webpack").Configuration} */
  const config = {
    context: ROOT,
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: `[name]${hash}.js`,
      chunkFilename: `[name]${hash}.js`,
      assetModuleFilename: `assets/[name]${hash}[ext]`,
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              transpileOnly: true, // type checking is `npm run typecheck`
              // ES modules so webpack can tree-shake Fluent UI and split import() chunks.
              compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsUrl: officeJs.url, officeJsSource: officeJs.source, contentSecurityPolicy: csp },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: [],
        templateParameters: { officeJsUrl: officeJs.url, contentSecurityPolicy: csp },
      }),
      // SupportUrl of manifest.xml: a static page, no script.
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/taskpane/support.html',
        chunks: [],
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new PaneBudgetPlugin({ budgetBytes: PANE_GZIP_BUDGET_BYTES, enforceBudget: production }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Third-party code the pane needs at start-up, cached separately from our own code.
          // chunks: "initial" keeps lazily imported packages (ExcelJS, docx) out of it.
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'initial', enforce: true },
        },
      },
    },
    // webpack's default hint measures uncompressed size; PaneBudgetPlugin measures gzip.
    performance: { hints: false },
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      host: 'localhost',
      port: DEV_PORT,
      server: await devServerTransport(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  console.log(`[scoresheet] office.js: ${officeJs.url} (${officeJs.source})`);
  return config;
};

module.exports.isNeededOfficeJsFile = isNeededOfficeJsFile;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.manifestFor = manifestFor;
