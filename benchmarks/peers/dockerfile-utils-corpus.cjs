// Lints every file of the corpus (MANIFEST.tsv) with dockerfile-utils' validate() in one process, writes the diagnostics as JSON.
const fs = require("fs"), path = require("path");
const { validate } = require("dockerfile-utils");
const root = process.argv[2], out = process.argv[3];
const files = fs.readFileSync(path.join(root, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1).map(l => l.split("\t")[0]);
const results = [];
for (const f of files) results.push({ file: f, diagnostics: validate(fs.readFileSync(path.join(root, f), "utf8")) });
fs.writeFileSync(out, JSON.stringify(results));
console.log(`${files.length} files, ${results.reduce((n, r) => n + r.diagnostics.length, 0)} diagnostics`);
