// One process at a time may open the embedded store: a second PGlite on the same files would corrupt them.
//
// The lock is a listening Unix socket, which the kernel closes when its process dies however it dies
// (kill -9, out of memory), so nothing stale can outlive a crash and no PID is ever trusted (a PID in a
// file may name a zombie or an unrelated process that reused it, normal in containers). Two sockets:
// - an abstract one (Linux), named after the folder's real path: binding it is atomic, so of two
//   processes starting at once exactly one gets it, and it needs no file;
// - a socket file inside the folder, so a process in another network namespace (another container
//   sharing the volume) is seen too. A leftover file from a killed holder refuses connections; it is
//   replaced only while holding the abstract socket, so two starters never both replace it.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

export const LOCK_SOCKET = 'crampwise.sock';
/** For people, not for the lock: which process holds the folder. Never read to decide anything. */
export const LOCK_NOTE = 'crampwise.lock';
/** Unix socket paths are limited to about 107 bytes. */
const MAX_SOCKET_PATH = 100;

/** Creates the folder private to its owner (0700), tightening it when it already exists and is ours. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = statSync(dir);
  if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) chmodSync(dir, 0o700);
}

function listen(server: Server, path: string): Promise<'ok' | 'in-use'> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolve('in-use');
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve('ok');
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(path);
  });
}

/** Whether a process is listening on the socket file (a leftover from a dead one refuses). */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function lockServer(): Server {
  // Whoever connects only wants to know someone is here.
  const server = createServer((socket) => socket.destroy());
  server.unref();
  return server;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** The holder as its note names it, for the message only (the socket, not the note, decided). */
function holder(dataDir: string): string {
  try {
    const pid = readFileSync(join(dataDir, LOCK_NOTE), 'utf8').trim();
    return /^\d+$/.test(pid) ? `process ${pid}` : 'another process';
  } catch {
    return 'another process';
  }
}

function inUse(dataDir: string): DataDirLockedError {
  return new DataDirLockedError(
    `The data folder ${dataDir} is in use by ${holder(dataDir)}. Stop it first, or set DATABASE_URL to use PostgreSQL.`,
  );
}

/** Takes the lock, or fails saying the folder is in use. Resolves to the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  ensurePrivateDir(dataDir);
  const held: Server[] = [];
  const release = async () => {
    for (const server of held.splice(0).reverse()) await close(server);
  };
  try {
    if (process.platform === 'linux') {
      const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 32);
      const abstract = lockServer();
      if ((await listen(abstract, `\0crampwise-data-${key}`)) === 'in-use') throw inUse(dataDir);
      held.push(abstract);
    }
    const socketPath = join(dataDir, LOCK_SOCKET);
    if (socketPath.length <= MAX_SOCKET_PATH || process.platform !== 'linux') {
      const file = lockServer();
      let outcome = await listen(file, socketPath);
      if (outcome === 'in-use') {
        if (await answers(socketPath)) throw inUse(dataDir);
        rmSync(socketPath, { force: true });
        outcome = await listen(file, socketPath);
        if (outcome === 'in-use') throw inUse(dataDir);
      }
      held.push(file);
    }
    writeFileSync(join(dataDir, LOCK_NOTE), `${process.pid}\n`, { mode: 0o600 });
  } catch (error) {
    await release();
    throw error;
  }
  return async () => {
    rmSync(join(dataDir, LOCK_NOTE), { force: true });
    await release();
  };
}
