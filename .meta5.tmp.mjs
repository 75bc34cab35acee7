import { build } from 'esbuild';
const code = "export { createChecker } from './src/phrases/index.ts'; export { gasHotlineLint } from './src/presets/index.ts';";
const r = await build({ stdin:{contents:code,resolveDir:process.cwd(),loader:'ts'}, bundle:true, minify:true, treeShaking:true, format:'esm', platform:'neutral', mainFields:['module','main'], write:false, metafile:true, logLevel:'silent'});
for (const [f,v] of Object.entries(r.metafile.inputs)) { if (f.startsWith('src')) { for (const i of v.imports) if (i.path.startsWith('src/model')) console.log(f,'->',i.path); } }
