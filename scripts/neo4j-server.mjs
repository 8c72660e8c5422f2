#!/usr/bin/env node
// A local Neo4j Community server without Docker: built from Maven Central by tools/neo4j-server, started on 127.0.0.1.
//   node scripts/neo4j-server.mjs start   (npm run neo4j:start)  builds on first use, starts with Neo4j Browser over HTTP,
//                                         waits for Bolt and the Browser, prints the URI, the password and the Browser URL
//   node scripts/neo4j-server.mjs stop    (npm run neo4j:stop)
// The functions are also used by the Neo4j test setup and the kill test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOL = join(PROJECT, 'tools', 'neo4j-server');
const JAR = join(TOOL, 'target', 'neo4j-server-0.1.0.jar');
const CLASSPATH = join(TOOL, 'target', 'classpath.txt');
/** Everything the local server writes (data, logs, connection info) stays under .neo4j/, which git ignores. */
export const STATE_DIR = join(PROJECT, '.neo4j');
export const DEFAULT_HOME = join(STATE_DIR, 'server');
export const INFO_FILE = join(STATE_DIR, 'server.json');
/** A local development password, printed on start; the server listens on 127.0.0.1 only. */
export const LOCAL_PASSWORD = 'kg-local-password';
/** Neo4j's usual HTTP port, so the Browser is where users expect it; any free port when something else holds it. */
const PREFERRED_HTTP_PORT = 7474;
const READY_TIMEOUT_MS = 180_000;

/** Compiles the launcher and resolves Neo4j's jars with Maven (downloads once; Maven's cache makes later runs fast). */
export function ensureBuilt(log = () => {}) {
  const pom = join(TOOL, 'pom.xml');
  if (existsSync(JAR) && existsSync(CLASSPATH) && statSync(CLASSPATH).mtimeMs >= statSync(pom).mtimeMs) return;
  log('building tools/neo4j-server with Maven (first use downloads Neo4j Community from Maven Central)...');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: TOOL, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`cannot run mvn (${result.error.message}): install Maven 3 and Java 17`);
  if (result.status !== 0) throw new Error(`mvn package failed in tools/neo4j-server (exit ${result.status})`);
}

/** A port on 127.0.0.1 nothing listens on: `wanted` when it is free, otherwise one the system picks. */
export async function freePort(wanted = 0) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', (error) => (wanted !== 0 && error.code === 'EADDRINUSE' ? freePort().then(resolvePort, reject) : reject(error)));
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a server whose data lives in `home` (so a restart on the same home keeps the graph) and waits until Bolt
 * accepts the password. Returns { uri, user, password, pid, port, home }, plus { browser, httpPort } with `browser`:
 * then the server also listens for HTTP (7474 when free) and serves Neo4j Browser, and the wait includes its page.
 */
export async function startServer({ home = DEFAULT_HOME, port, password = LOCAL_PASSWORD, browser = false, log = () => {} } = {}) {
  ensureBuilt(log);
  const boltPort = port ?? (await freePort());
  const httpPort = browser ? await freePort(PREFERRED_HTTP_PORT) : undefined;
  mkdirSync(home, { recursive: true });
  const logFile = join(home, 'server.log');
  const out = openSync(logFile, 'a');
  const classpath = `${JAR}:${readFileSync(CLASSPATH, 'utf8').trim()}`;
  const args = [home, String(boltPort), password, ...(httpPort ? [String(httpPort)] : [])];
  const child = spawn('java', ['-Xms512m', '-Xmx2g', '-cp', classpath, 'kg.LocalNeo4j', ...args], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  child.unref();
  const info = { uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password, pid: child.pid, port: boltPort, home };
  if (httpPort) Object.assign(info, { browser: `http://127.0.0.1:${httpPort}/browser/`, httpPort });
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? code));
  const what = info.browser ? `Bolt (${info.uri}) and the Browser (${info.browser})` : info.uri;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!((await boltAnswers(info)) && (!info.browser || (await browserAnswers(info))))) {
    if (exited !== null) throw new Error(`Neo4j exited (${exited}) before ${what} answered; see ${logFile}`);
    if (Date.now() > deadline) {
      await stopProcess(info.pid, 'SIGKILL');
      throw new Error(`Neo4j did not answer on ${what} within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
    }
    await sleep(500);
  }
  return info;
}

/** True when the server accepts a login with these credentials and runs a query. */
export async function boltAnswers({ uri, user, password }) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** True when the Browser's page is served (its HTML, not just any answer on the port). */
export async function browserAnswers({ browser }) {
  try {
    const response = await fetch(browser, { signal: AbortSignal.timeout(2000) });
    return response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html');
  } catch {
    return false;
  }
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends `signal` (SIGTERM shuts Neo4j down cleanly; SIGKILL is the crash the kill test needs) and waits for exit. */
export async function stopProcess(pid, signal = 'SIGTERM') {
  if (!isAlive(pid)) return;
  process.kill(pid, signal);
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** The default server's connection info, when it is running and answering; otherwise undefined. */
export async function runningServer() {
  if (!existsSync(INFO_FILE)) return undefined;
  const info = JSON.parse(readFileSync(INFO_FILE, 'utf8'));
  return isAlive(info.pid) && (await boltAnswers(info)) ? info : undefined;
}

/** Starts the default server unless it already runs; `started` says whether this call started it. */
export async function ensureDefaultServer(log = () => {}) {
  const running = await runningServer();
  if (running) return { ...running, started: false };
  const info = await startServer({ browser: true, log });
  writeFileSync(INFO_FILE, `${JSON.stringify(info, null, 2)}\n`);
  return { ...info, started: true };
}

export async function stopDefaultServer() {
  if (!existsSync(INFO_FILE)) return false;
  const info = JSON.parse(readFileSync(INFO_FILE, 'utf8'));
  await stopProcess(info.pid);
  rmSync(INFO_FILE, { force: true });
  return true;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function cli(command) {
  const log = (line) => process.stderr.write(`${line}\n`);
  if (command === 'start') {
    const started = Date.now();
    const info = await ensureDefaultServer(log);
    const how = info.started ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running';
    log(`Neo4j ${how} (pid ${info.pid}, data in .neo4j/server/, connection info in .neo4j/server.json)`);
    log(`  export NEO4J_URI=${info.uri} NEO4J_USER=${info.user} NEO4J_PASSWORD=${info.password}`);
    log(
      info.browser
        ? `  Neo4j Browser: ${info.browser}  (connect to ${info.uri}, user ${info.user}, password ${info.password})`
        : '  no Neo4j Browser on this server (started by an older version): npm run neo4j:stop, then npm run neo4j:start',
    );
    process.stdout.write(`${info.uri}\n`);
    return 0;
  }
  if (command === 'stop') {
    log((await stopDefaultServer()) ? 'Neo4j stopped' : 'no local Neo4j server recorded in .neo4j/server.json');
    return 0;
  }
  log('usage: node scripts/neo4j-server.mjs start|stop');
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv[2]).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`neo4j-server: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
