// Stand-in for local build output (npm run build).
console.log("bundled orders-api");
