/**
 * Serves a folder on a free loopback port for the duration of a measurement. The site is served
 * with its _headers (what a static host sends); the engine bench pages without.
 */
import type { AddressInfo } from "node:net";
import { startStaticServer } from "../serve/static-server.ts";

export interface LocalServer {
  origin: string;
  close: () => Promise<void>;
}

export async function serveFolder(root: string, applyHeadersFile = true): Promise<LocalServer> {
  // Port 0: the OS picks a free port, so the bench never collides with a running preview or e2e run.
  const server = await startStaticServer({ root, port: 0, applyHeadersFile });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
