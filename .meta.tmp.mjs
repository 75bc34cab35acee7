import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const code = process.argv[2] ?? "export { createChecker } from './src/phrases/index.ts'; export { gasHotlineLint } from './src/presets/index.ts';";
const r = await build({ stdin:{contents:code,resolveDir:process.cwd(),loader:'ts'}, bundle:true, minify:true, treeShaking:true, format:'esm', platform:'neutral', mainFields:['module','main'], write:false, metafile:true, logLevel:'silent'});
console.log('gz', (gzipSync(r.outputFiles[0].contents,{level:9}).length/1024).toFixed(2));
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [f, v] of Object.entries(out.inputs)) { const k = f.includes('node_modules') ? f.split('node_modules/')[1].split('/').slice(0, f.includes('@')?2:1).join('/') : f.split('/').slice(0,3).join('/'); groups[k]=(groups[k]||0)+v.bytesInOutput; }
for (const [k,v] of Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0,40)) console.log(String(v).padStart(8), k);
