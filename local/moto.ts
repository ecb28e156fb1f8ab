import { type ChildProcess, spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface Moto {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * How to run moto: its own application with atomic DynamoDB requests (moto_atomic.py) when the
 * Python that has moto is at hand, else the plain `moto_server` command.
 */
function motoCommand(port: number): { command: string; args: string[] } {
  const python = process.env.MOTO_PYTHON ?? 'python3';
  const probe = spawnSync(python, ['-c', 'import moto.moto_server.werkzeug_app, werkzeug'], { stdio: 'ignore' });
  if (probe.status === 0) return { command: python, args: [path.join(__dirname, 'moto_atomic.py'), '127.0.0.1', String(port)] };
  return { command: 'moto_server', args: ['-H', '127.0.0.1', '-p', String(port)] };
}

/** Starts the moto server (the local AWS API) as a child process and waits until it answers. */
export async function startMoto(port?: number): Promise<Moto> {
  const p = port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${p}`;
  const { command, args } = motoCommand(p);
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'ENOENT'
      ? "moto_server was not found on PATH. Install it with: pip install 'moto[server]'"
      : `moto_server could not start: ${e.message}`)));
    child.once('exit', (code) => reject(new Error(`moto_server exited (${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)));
  });
  const ready = (async () => {
    for (let i = 0; i < 300; i++) {
      try {
        const res = await fetch(`${endpoint}/moto-api/data.json`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('moto_server did not answer within 30 s');
  })();
  try {
    await Promise.race([ready, failed]);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  failed.catch(() => undefined);
  child.removeAllListeners('exit');
  return {
    endpoint,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    }),
  };
}
