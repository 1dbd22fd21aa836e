// Validates a Teams app manifest folder (or its manifest.json) against the official JSON schemas that npm
// @microsoft/app-manifest ships, with the validator and options that package itself uses (ajv-draft-04,
// allErrors, formats uri/email/regex). The schema version is the manifest's own manifestVersion; every
// localization file the manifest names is validated against the localization schema of that version.
//   node tests/js/validate-manifest.mjs manifest/
// Prints one JSON object: { manifestVersion, files: [{ file, schema, errors: [..] }] }.
// Exit status: 0 valid, 1 schema errors, 2 the input or the schema could not be read.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`validate-manifest: ${message}`);
  process.exit(2);
}

function readJson(path) {
  try {
    // A UTF-8 byte order mark is legal in a Teams package but not in JSON.parse.
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${path}: ${error.message}`);
  }
}

const input = process.argv[2];
if (!input) {
  fail('usage: node validate-manifest.mjs <manifest folder | manifest.json>');
}
const manifestPath = existsSync(input) && statSync(input).isDirectory() ? join(input, 'manifest.json') : resolve(input);
if (!existsSync(manifestPath)) {
  fail(`${manifestPath} does not exist`);
}
const folder = dirname(manifestPath);
const manifest = readJson(manifestPath);
const version = manifest.manifestVersion;
if (typeof version !== 'string' || !/^(\d+\.\d+|devPreview)$/.test(version)) {
  fail(`${manifestPath}: manifestVersion ${JSON.stringify(version)} names no schema`);
}

// The validator and formats are resolved from the manifest package, so they are the versions it was built with.
const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
const packageRequire = createRequire(join(packageRoot, 'package.json'));
const Ajv = packageRequire('ajv-draft-04').default;
const addFormats = packageRequire('ajv-formats').default;
const schemaFolder = join(packageRoot, 'build', 'json-schemas', 'teams', version === 'devPreview' ? 'vDevPreview' : `v${version}`);

function validator(schemaFile, options = {}) {
  const path = join(schemaFolder, schemaFile);
  if (!existsSync(path)) {
    fail(`no schema ${schemaFile} for manifestVersion ${version} in @microsoft/app-manifest`);
  }
  const ajv = new Ajv({ allErrors: true, strictTypes: false, ...options });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return { schema: `teams/${version === 'devPreview' ? 'vDevPreview' : `v${version}`}/${schemaFile}`, validate: ajv.compile(readJson(path)) };
}

function check(file, data, { schema, validate }) {
  const valid = validate(data);
  const errors = valid ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
  return { file, schema, errors };
}

const files = [check('manifest.json', manifest, validator('MicrosoftTeams.schema.json'))];
const info = manifest.localizationInfo ?? {};
const localizationFiles = [info.defaultLanguageFile, ...(info.additionalLanguages ?? []).map(l => l.file)].filter(Boolean);
if (localizationFiles.length > 0) {
  // The localization schema's activityTypes patterns hold a lone "]", legal in a plain ECMAScript regular
  // expression (what draft-04 patterns are) but not in the unicode mode Ajv uses by default.
  const localization = validator('MicrosoftTeams.Localization.schema.json', { unicodeRegExp: false });
  for (const file of localizationFiles) {
    const path = join(folder, file);
    if (!existsSync(path)) {
      files.push({ file, schema: localization.schema, errors: [`the manifest names ${file}, which is not in ${folder}`] });
      continue;
    }
    files.push(check(file, readJson(path), localization));
  }
}

console.log(JSON.stringify({ manifestVersion: version, files }, null, 2));
process.exit(files.some(f => f.errors.length > 0) ? 1 : 0);
