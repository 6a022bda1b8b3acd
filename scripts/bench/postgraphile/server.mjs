// PostGraphile 5 over the benchmark database, as the peer of scripts/bench/run.sh: the Amber preset (its
// defaults), production mode (NODE_ENV=production: no explain, no GraphiQL, masked errors), a pool of the same size
// as Newsgraph's. Usage: DATABASE_URL=postgres://... PORT=5678 POOL=16 node server.mjs
import { createServer } from "node:http";

// grafserv uses Promise.withResolvers (Node.js 22); older Node.js gets the standard behaviour here.
Promise.withResolvers ??= function () {
  let resolve, reject;
  const promise = new this((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";

const port = Number(process.env.PORT ?? 5678);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public", "bench"],
      poolConfig: { max: Number(process.env.POOL ?? 16) },
    }),
  ],
  grafserv: { port, graphqlPath: "/graphql", graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => console.error(e));
serv.addTo(server).then(() => server.listen(port, () => console.log(`PostGraphile listening on ${port}`)));
