import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const code = process.argv[2];
const ext = process.argv[3] ? process.argv[3].split(',') : [];
const r = await build({ stdin:{contents:code,resolveDir:process.cwd(),loader:'ts'}, bundle:true, minify:true, treeShaking:true, format:'esm', platform:'neutral', mainFields:['module','main'], write:false, external: ext, logLevel:'silent'});
console.log('gz', (gzipSync(r.outputFiles[0].contents,{level:9}).length/1024).toFixed(2));
