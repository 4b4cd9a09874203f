/**
 * Debian packages that tests use as oracles (gcc and GNU as, clang-14, csmith, a Java runtime for
 * the Nu HTML checker, numpy for /usr/bin/python3). `npm test` calls this first: a package whose
 * command is missing is installed with apt-get when running as root on Debian, the way
 * ensure-chromium.ts installs a browser. It prints what it did and never fails the run by itself: a test that needs a missing
 * tool fails with its own message.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Each Debian package with the file whose presence shows it is installed. */
export const TEST_PACKAGES: ReadonlyArray<{ pkg: string; provides: string }> = [
  { pkg: "gcc", provides: "/usr/bin/gcc" },
  { pkg: "binutils", provides: "/usr/bin/as" },
  { pkg: "clang-14", provides: "/usr/bin/clang-14" },
  { pkg: "csmith", provides: "/usr/bin/csmith" },
  { pkg: "default-jre-headless", provides: "/usr/bin/java" },
  // safetensors.test.ts reads our files back with numpy; Debian's goes with /usr/bin/python3.
  { pkg: "python3-numpy", provides: "/usr/lib/python3/dist-packages/numpy/__init__.py" },
];

function log(message: string): void {
  console.error(`[packages] ${message}`);
}

export function ensurePackages(): void {
  const missing = TEST_PACKAGES.filter(({ provides }) => !existsSync(provides)).map(({ pkg }) => pkg);
  if (missing.length === 0) {
    log("all test tools present");
    return;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    log(`missing ${missing.join(", ")}; install them (Debian: apt-get install ${missing.join(" ")})`);
    return;
  }
  log(`installing ${missing.join(", ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
  const still = TEST_PACKAGES.filter(({ provides }) => !existsSync(provides)).map(({ pkg }) => pkg);
  if (still.length > 0) log(`still missing: ${still.join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePackages();
