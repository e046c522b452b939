const express = require("express");

const app = express();
const port = process.env.PORT || 3000;

app.get("/healthz", (_req, res) => res.send("ok"));
app.get("/orders/:id", (req, res) => res.json({ id: req.params.id, status: "shipped" }));

app.listen(port, () => console.log(`orders-api listening on ${port}`));
