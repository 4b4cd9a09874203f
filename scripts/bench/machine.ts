/**
 * The machine the figures come from: a timing means little without the CPU, core count, memory,
 * and the Node and Chromium that produced it. The load average is recorded too, because other
 * work on a shared 2-core machine slows every timing and the reader of the report should know.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  chromium: string;
  lighthouse: string;
  /** 1-minute load average when the bench started. */
  loadAverageAtStart: number;
}

function cpuModel(): string {
  if (existsSync("/proc/cpuinfo")) {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match?.[1]) return match[1].trim();
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function osName(): string {
  if (existsSync("/etc/os-release")) {
    const match = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (match?.[1]) return `${match[1]} (${os.release()})`;
  }
  return `${os.type()} ${os.release()}`;
}

export function chromiumVersion(executablePath: string): string {
  // Debian's /usr/bin/chromium is a shell wrapper that may print noise on stderr: read stdout only.
  const result = spawnSync(executablePath, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return result.stdout.trim() || "unknown";
}

function packageVersion(name: string): string {
  const file = `node_modules/${name}/package.json`;
  return existsSync(file)
    ? String((JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version)
    : "missing";
}

export function machineInfo(chromiumPath: string): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
    lighthouse: packageVersion("lighthouse"),
    loadAverageAtStart: os.loadavg()[0] ?? 0,
  };
}
