// Preloaded (node --require) to run as on VS Code 1.90's Node 20.9, which has
// no process.getBuiltinModule (Node ≥ 20.16): pdf.js 4.10 asks for it.
delete process.getBuiltinModule;
