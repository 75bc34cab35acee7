import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const code = "export { createChecker } from './src/phrases/index.ts'; export { gasHotlineLint } from './src/presets/index.ts';";
const stub = { name:'stub', setup(b){ b.onResolve({filter:/flow-order\.js$/}, a=>({path:'stub', namespace:'stub'})); b.onLoad({filter:/.*/, namespace:'stub'}, ()=>({contents:"export const flowOrder={meta:{type:'problem',docs:{description:'x',url:'x'},messages:{},schema:undefined},create(){return {}}};", loader:'ts'})); } };
for (const ext of [[], ['zod'], ['zod','ts-pattern']]) {
const r = await build({ stdin:{contents:code,resolveDir:process.cwd(),loader:'ts'}, bundle:true, minify:true, treeShaking:true, format:'esm', platform:'neutral', mainFields:['module','main'], write:false, external: ext, plugins:[stub], metafile:true, logLevel:'silent'});
console.log(ext.join(','), 'gz', (gzipSync(r.outputFiles[0].contents,{level:9}).length/1024).toFixed(2));
}
