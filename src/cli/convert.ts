/**
 * The files reviewers receive in older or other formats (.doc, .wps, .odt, .rtf), converted to .docx
 * through LibreOffice when it is installed (issue 13): `soffice --headless --convert-to docx` into a
 * private temporary folder (mode 0700, its own LibreOffice profile so that parallel conversions and
 * an open LibreOffice do not collide), with a timeout, one conversion at a time per thread.
 *
 * soffice is looked for in $LIANZHENG_SOFFICE, then on PATH (soffice, libreoffice), then at the usual
 * install paths of Windows, macOS and Linux.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Extensions read through LibreOffice. */
export const CONVERTED_EXTENSIONS = [".doc", ".wps", ".odt", ".rtf"] as const;

export function isConverted(file: string): boolean {
  return (CONVERTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

const USUAL_PATHS: Record<string, string[]> = {
  win32: [
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
  ],
  darwin: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
  linux: [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/snap/bin/libreoffice",
    "/usr/local/bin/soffice",
  ],
};

/** Where soffice is, or null. */
export function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): string | null {
  if (env.LIANZHENG_SOFFICE !== undefined)
    return env.LIANZHENG_SOFFICE && exists(env.LIANZHENG_SOFFICE) ? env.LIANZHENG_SOFFICE : null;
  const names = platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join(dir, n);
      if (exists(p)) return p;
    }
  }
  if (platform === "linux") {
    // /opt/libreofficeX.Y (the official packages)
    try {
      for (const d of readdirSync("/opt")) {
        const p = `/opt/${d}/program/soffice`;
        if (d.startsWith("libreoffice") && exists(p)) return p;
      }
    } catch {
      /* no /opt */
    }
  }
  for (const p of USUAL_PATHS[platform] ?? []) if (exists(p)) return p;
  return null;
}

export type ConvertErrorCode = "absent" | "failed" | "timeout";

export class ConvertError extends Error {
  constructor(
    readonly code: ConvertErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ConvertError";
  }
}

export interface ConvertOptions {
  soffice?: string | null;
  /** Milliseconds (default 120 s). */
  timeoutMs?: number;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Convert a file with LibreOffice to `to` (docx, pdf, odt …) and return the result's bytes. The
 * temporary folder is removed afterwards. One conversion at a time in this thread.
 */
export function convertFile(input: string, to: string, options: ConvertOptions = {}): Promise<Uint8Array> {
  const run = queue.then(() => convertNow(input, to, options));
  queue = run.catch(() => undefined);
  return run;
}

async function convertNow(input: string, to: string, options: ConvertOptions): Promise<Uint8Array> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) throw new ConvertError("absent", "LibreOffice (soffice) not found");
  const dir = mkdtempSync(join(tmpdir(), "lianzheng-convert-"));
  const timeoutMs = options.timeoutMs ?? 120_000;
  try {
    const out = join(dir, "out");
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--convert-to",
      to,
      "--outdir",
      out,
      input,
    ];
    const { code, stderr, timedOut } = await new Promise<{
      code: number | null;
      stderr: string;
      timedOut: boolean;
    }>((resolve, reject) => {
      const child = spawn(soffice, args, {
        stdio: ["ignore", "ignore", "pipe"],
        detached: process.platform !== "win32",
      });
      let stderr = "";
      let timedOut = false;
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
          else child.kill("SIGKILL");
        } catch {
          /* already gone */
        }
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(new ConvertError("failed", e.message));
      });
      child.on("close", (c) => {
        clearTimeout(timer);
        resolve({ code: c, stderr, timedOut });
      });
    });
    if (timedOut) throw new ConvertError("timeout", `${Math.round(timeoutMs / 1000)}`);
    const name = basename(input, extname(input)) + "." + to.split(":")[0];
    const result = join(out, name);
    if (code !== 0 || !existsSync(result))
      throw new ConvertError("failed", (stderr.trim().split("\n").pop() ?? "") || `exit code ${code}`);
    return new Uint8Array(await readFile(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
