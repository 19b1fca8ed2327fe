/* eslint-disable no-undef */
/*
 * Webpack build of the HEMA add-in (Microsoft Office add-in template style).
 *
 *   npm run build        -> dist/ (production: minified)   npm run build:dev -> dist/ (development)
 *   npm run dev-server   -> https://localhost:3000/ serving dist/
 *
 * Output: functions.js + functions.json (custom functions, metadata generated from the JSDoc in
 * functions/functions.ts), taskpane.js + taskpane.html (one page for the shared runtime: it loads both
 * bundles), help.html, manifest.xml and assets/.
 *
 * Environment: HEMA_DIST (output folder, default dist/), HEMA_URL_PROD (production origin, e.g.
 * https://hema.example.org/: when set, a production build rewrites https://localhost:3000/ in the copied
 * manifest.xml to it).
 */

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const noCodeStrings = require("./scripts/no-code-strings.js");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.HEMA_URL_PROD || "";
const port = 3000;

/**
 * HTTPS options for the dev server: office-addin-dev-certs first (it also installs/trusts its CA, which
 * needs sudo), then certificates it generated earlier in ~/.office-addin-dev-certs/, else "https" and
 * webpack-dev-server makes a self-signed certificate of its own.
 */
async function getHttpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return {
      type: "https",
      options: { ca: options.ca, key: options.key, cert: options.cert },
    };
  } catch (err) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
    const paths = Object.fromEntries(
      Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]),
    );
    if (fs.existsSync(paths.cert) && fs.existsSync(paths.key)) {
      console.warn(
        `office-addin-dev-certs: ${String(err && err.message).split("\n")[0]}; using the certificates in ${dir}`,
      );
      const options = {
        cert: fs.readFileSync(paths.cert),
        key: fs.readFileSync(paths.key),
      };
      if (fs.existsSync(paths.ca)) options.ca = fs.readFileSync(paths.ca);
      return { type: "https", options };
    }
    console.warn(
      `office-addin-dev-certs: ${String(err && err.message).split("\n")[0]}; using a self-signed certificate`,
    );
    return "https";
  }
}

const helpPage = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>HEMA Earnings: help</title></head>
  <body>
    <h1>HEMA Earnings</h1>
    <p>Open the HEMA task pane (Home tab, <b>Show Task Pane</b>), paste an earnings press release, and use the
    <code>=HEMA.*</code> functions, e.g. <code>=HEMA.NETLOSS("Q2-2003")</code>, in any cell.</p>
  </body>
</html>
`;

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const outDir = path.resolve(__dirname, process.env.HEMA_DIST || "dist");

  const config = {
    devtool: "source-map",
    entry: {
      functions: "./functions/functions.ts",
      taskpane: "./taskpane/index.tsx",
      "parse-worker": "./taskpane/parse-worker.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
      // Every host the add-in runs in has globalThis: webpack then needs no `new Function("return this")`
      // fallback, and the bundles hold no eval of any kind (test/build.test.ts scans for it).
      environment: { globalThis: true },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.webpack.json"),
            },
          },
        },
      ],
    },
    optimization: {
      // Production mode minifies every bundle (functions.js included) with terser.
      minimize: !dev,
    },
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 512 * 1024,
      maxAssetSize: 512 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        // One page hosts both: the shared runtime runs the functions and the task pane together.
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        templateContent: helpPage,
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            // exceljs's browser build, loaded by the pane's "Download .xlsx" only when asked for: copied as it is
            // (already minified: bundling and minifying its 900 KB again took most of a minute), less the code
            // built from strings that the CSP forbids (scripts/no-code-strings.js).
            from: require.resolve("exceljs/dist/exceljs.min.js"),
            to: "exceljs.min.js",
            info: { minimized: true },
            transform: (content, file) =>
              noCodeStrings(content.toString(), file),
          },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev || !urlProd
                ? content
                : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
  };

  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      host: "localhost",
      port,
      allowedHosts: ["localhost"],
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: outDir },
      server: await getHttpsServer(),
    };
  }

  return config;
};
