/**
 * Which Chromium the end-to-end tests drive, so that `npm ci && npm test` needs only Node:
 *
 * - `CHROMIUM_PATH=/path/to/chromium`: that binary (an error if it is missing: an explicit
 *   override that points nowhere is a mistake, not a reason to fall back);
 * - `CHROMIUM_PATH=packaged`: the headless Chromium shipped inside the `@sparticuz/chromium` dev
 *   dependency, even where Debian's is installed (how the fallback is verified on this machine);
 * - neither: Debian's `/usr/bin/chromium` when present, else the packaged one.
 *
 * The package unpacks its brotli files into `os.tmpdir()` and reuses whatever `chromium` it finds
 * there, even another version's; so it is unpacked here into a folder named after its version,
 * first into a private folder that is then renamed into place (parallel test files never see a
 * half-written binary). Its own libraries (NSS, NSPR, expat) are used only where the system has
 * none; the system's fonts (Noto CJK for the Chinese page, where installed) unless there is no
 * fontconfig at all, then the package's Latin fonts.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sparticuz from '@sparticuz/chromium';

const DEBIAN = '/usr/bin/chromium';
const SYSTEM_NSS = [
  '/lib/x86_64-linux-gnu/libnss3.so',
  '/usr/lib/x86_64-linux-gnu/libnss3.so',
  '/lib/aarch64-linux-gnu/libnss3.so',
  '/usr/lib/aarch64-linux-gnu/libnss3.so',
  '/usr/lib64/libnss3.so',
  '/usr/lib/libnss3.so',
];

export interface ChromiumChoice {
  kind: 'override' | 'debian' | 'packaged';
  /** The binary's path, or undefined for the packaged one before it is unpacked. */
  path?: string;
}

/** Decides from the environment which browser to use; throws on an override that points nowhere. */
export function chooseChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const wanted = env.CHROMIUM_PATH;
  if (wanted === 'packaged') return { kind: 'packaged' };
  if (wanted) {
    if (!existsSync(wanted)) {
      throw new Error(
        `CHROMIUM_PATH=${wanted} does not exist: point it at a Chromium binary, ` +
          'or unset it (Debian’s /usr/bin/chromium, else the packaged one), or set CHROMIUM_PATH=packaged.',
      );
    }
    return { kind: 'override', path: wanted };
  }
  return existsSync(DEBIAN) ? { kind: 'debian', path: DEBIAN } : { kind: 'packaged' };
}

function packageInfo(): { version: string; bin: string; root: string } {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@sparticuz/chromium'); // …/build/cjs/index.cjs
  const root = dirname(dirname(dirname(main)));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version, bin: join(root, 'bin'), root };
}

type Inflate = (file: string) => Promise<string>;

/**
 * Runs the package's unpacking with `os.tmpdir()` pointed at `dir` (it reads TMPDIR each call).
 * The libraries (al2023.tar.br) it unpacks only on Lambda, so its own `inflate` is called for them
 * (the module is not in the package's exports, hence the file URL).
 */
async function unpackInto(dir: string, pkg: { bin: string; root: string }): Promise<void> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    await sparticuz.executablePath(pkg.bin);
    const lambdafs = pathToFileURL(join(pkg.root, 'build', 'esm', 'lambdafs.js')).href;
    const { inflate } = (await import(lambdafs)) as { inflate: Inflate };
    await inflate(join(pkg.bin, 'al2023.tar.br'));
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

export interface Packaged {
  executablePath: string;
  env: Record<string, string>;
}

/** Unpacks the packaged Chromium once per version (atomically) and says how to run it. */
export async function packagedChromium(): Promise<Packaged> {
  const pkg = packageInfo();
  const { version } = pkg;
  const home = join(tmpdir(), `hotline-e2e-chromium-${version}`);
  if (!existsSync(join(home, 'chromium'))) {
    const staging = mkdtempSync(join(tmpdir(), `hotline-e2e-chromium-${version}-`));
    await unpackInto(staging, pkg);
    try {
      renameSync(staging, home);
    } catch {
      // Another test file got there first: use its copy.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  if (!SYSTEM_NSS.some((p) => existsSync(p))) {
    env.LD_LIBRARY_PATH = [join(home, 'al2023', 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  if (!existsSync('/etc/fonts/fonts.conf') && !env.FONTCONFIG_PATH) {
    const conf = join(home, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><dir>${join(home, 'fonts')}</dir></fontconfig>\n`);
    env.FONTCONFIG_FILE = conf;
  }
  return { executablePath: join(home, 'chromium'), env };
}

/** The package's flags, less `--single-process` (for Lambda: it makes browser contexts share storage). */
export const packagedArgs = (): string[] => sparticuz.args.filter((a) => a !== '--single-process');
