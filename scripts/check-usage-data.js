#!/usr/bin/env node
'use strict';
// Keeps the office-addin-* tools (office-addin-debugging, -dev-certs, -manifest, …) from sending usage data.
//
// Those tools report through the office-addin-usage-data package. Up to 2.0 it sent Application Insights
// events unless ~/office-addin-usage-data.json said
//   { "usageDataInstances": { "office-addin-usage-data": { "usageDataLevel": "off" } } }
// (what `office-addin-usage-data off` wrote). From 3.0.0 every reporting call is a no-op and
// `office-addin-usage-data off` writes nothing: there is nothing left to switch off.
//
// This script checks every installed copy of office-addin-usage-data and the absence of the
// `applicationinsights` SDK. If an old, reporting copy is found, it writes the opt-out file above
// (merging with an existing one); with --check it only reports and exits 1 instead.
//
// Usage: node scripts/check-usage-data.js [--check]

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const GROUP = 'office-addin-usage-data';
const OPT_OUT_FILE = path.join(os.homedir(), 'office-addin-usage-data.json');

/** Every installed copy of package `name` below root (nested node_modules included). */
function findPackages(name, nodeModules = path.join(ROOT, 'node_modules'), found = []) {
  for (const [pkgName, dir] of listPackages(nodeModules)) {
    if (pkgName === name) found.push(dir);
    findPackages(name, path.join(dir, 'node_modules'), found);
  }
  return found;
}

/** [name, dir] of the packages directly inside one node_modules folder (scoped ones included). */
function listPackages(nodeModules) {
  const result = [];
  for (const entry of readDirs(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const sub of readDirs(path.join(nodeModules, entry))) {
        result.push([`${entry}/${sub}`, path.join(nodeModules, entry, sub)]);
      }
    } else {
      result.push([entry, path.join(nodeModules, entry)]);
    }
  }
  return result;
}

function readDirs(dir) {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() || e.isSymbolicLink())
      .map((e) => e.name);
  } catch (err) {
    // A folder that is not there has no packages; anything else (no permission…) is reported.
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [];
    throw err;
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** True when this copy can send anything: it depends on, or its code loads, the Application Insights SDK. */
function canReport(pkgDir) {
  const pkg = readJson(path.join(pkgDir, 'package.json'));
  if (pkg.dependencies && pkg.dependencies.applicationinsights) return true;
  const lib = path.join(pkgDir, 'lib');
  const files = fs.existsSync(lib) ? fs.readdirSync(lib).filter((f) => f.endsWith('.js')) : [];
  return files.some((f) => /require\(["']applicationinsights["']\)/.test(fs.readFileSync(path.join(lib, f), 'utf8')));
}

function optOutFileSaysOff() {
  try {
    const level = readJson(OPT_OUT_FILE).usageDataInstances[GROUP].usageDataLevel;
    return level === 'off';
  } catch (err) {
    // No file yet, not JSON, or no entry for the group: not off.
    if (err.code === 'ENOENT' || err instanceof SyntaxError || err instanceof TypeError) return false;
    throw err;
  }
}

function writeOptOutFile() {
  let data = {};
  try {
    data = readJson(OPT_OUT_FILE);
  } catch (err) {
    // No file yet, or one that is not JSON: written afresh.
    if (err.code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
    data = {};
  }
  data.usageDataInstances = data.usageDataInstances || {};
  data.usageDataInstances[GROUP] = { ...(data.usageDataInstances[GROUP] || {}), usageDataLevel: 'off' };
  fs.writeFileSync(OPT_OUT_FILE, JSON.stringify(data, null, 2));
}

function main() {
  const checkOnly = process.argv.includes('--check');
  const rel = (p) => path.relative(ROOT, p);
  const copies = findPackages(GROUP);
  const reporting = [];
  for (const dir of copies) {
    const version = readJson(path.join(dir, 'package.json')).version;
    const reports = canReport(dir);
    console.log(`${rel(dir)} ${version}: ${reports ? 'CAN send usage data' : 'sends nothing (reporting removed)'}`);
    if (reports) reporting.push(dir);
  }
  const sdks = findPackages('applicationinsights');
  for (const dir of sdks) console.log(`${rel(dir)}: Application Insights SDK installed`);

  if (sdks.length > 0) {
    // Only the peer subtree of office-addin-debugging (an agents-toolkit CLI) brings it, and .npmrc's
    // omit=peer keeps that out. The opt-out file below does not cover it.
    console.error(
      'applicationinsights is installed, which only the peer subtree of office-addin-debugging brings in: ' +
        "install with .npmrc's omit=peer. The opt-out file does not cover it.",
    );
    if (checkOnly) process.exitCode = 1;
  }
  if (reporting.length === 0) {
    if (sdks.length === 0) console.log('usage data: off (no installed package can send it)');
    return;
  }
  if (optOutFileSaysOff()) {
    console.log(`usage data: office-addin-usage-data off via ${OPT_OUT_FILE}`);
    return;
  }
  if (checkOnly) {
    console.error(`usage data: NOT off. Run node scripts/check-usage-data.js (writes ${OPT_OUT_FILE}).`);
    process.exitCode = 1;
    return;
  }
  writeOptOutFile();
  console.log(`usage data: office-addin-usage-data turned off in ${OPT_OUT_FILE}`);
}

main();
