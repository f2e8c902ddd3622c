// Prints the JSON that HashiCorp's HCL parser makes of one .tf file; exit status 1 with the parser's
// message on a syntax error.
const { parse } = require('@cdktf/hcl2json');
const fs = require('fs');

(async () => {
    try {
        const file = process.argv[2];
        const json = await parse(file, fs.readFileSync(file, 'utf8'));
        process.stdout.write(JSON.stringify(json));
    } catch (e) {
        process.stderr.write(String(e && e.message ? e.message : e) + '\n');
        process.exit(1);
    }
})();
