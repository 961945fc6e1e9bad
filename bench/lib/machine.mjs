/** What the figures were measured on: absolute times only compare on the same machine. */
import { cpus, release, totalmem, type } from 'node:os';

export function machineInfo(chromiumVersion) {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
  };
}
