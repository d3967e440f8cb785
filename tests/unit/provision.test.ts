import { planProvision, systemFamily, type MachineFacts } from '../../scripts/lib/provision';

const OS = {
  debian: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
  ubuntu: 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n',
  mint: 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n',
  fedora: 'NAME="Fedora Linux"\nVERSION_ID=40\nID=fedora\n',
  rocky: 'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n',
  alpine: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.0\n',
  arch: 'NAME="Arch Linux"\nID=arch\n',
  manjaro: 'NAME="Manjaro Linux"\nID=manjaro\nID_LIKE=arch\n',
  gentoo: 'NAME=Gentoo\nID=gentoo\n',
};

/** A Debian machine as root with everything installed, unless overridden. */
const facts = (over: Partial<MachineFacts> = {}): MachineFacts => ({
  platform: 'linux',
  osRelease: OS.debian,
  uid: 0,
  chromium: '/usr/bin/chromium',
  redisServer: '/usr/bin/redis-server',
  redisUrl: false,
  aptGet: true,
  ...over,
});

const nothing = { chromium: null, redisServer: null } as const;

/** The command line in an `instruct` plan's message. */
function commandOf(f: MachineFacts): string {
  const plan = planProvision(f);
  if (plan.kind !== 'instruct') throw new Error(`expected instructions, got ${JSON.stringify(plan)}`);
  return /^ {2}(.+)$/m.exec(plan.message)?.[1] ?? '(no command)';
}

describe('the test command provisions what the suite needs', () => {
  test('everything present: ready, one line naming what it found', () => {
    const plan = planProvision(facts());
    expect(plan).toEqual({ kind: 'ready', summary: 'Test prerequisites present: Chromium /usr/bin/chromium, redis-server /usr/bin/redis-server.' });
    expect(plan.kind === 'ready' && plan.summary.includes('\n')).toBe(false);
  });

  test('REDIS_URL set: no redis-server needed', () => {
    expect(planProvision(facts({ redisServer: null, redisUrl: true }))).toMatchObject({ kind: 'ready' });
    expect(planProvision(facts({ chromium: null, redisServer: null, redisUrl: true }))).toEqual({ kind: 'install', missing: ['chromium'], packages: ['chromium'] });
  });

  test('Debian as root with apt-get: installs only what is missing', () => {
    expect(planProvision(facts(nothing))).toEqual({ kind: 'install', missing: ['chromium', 'redis-server'], packages: ['chromium', 'redis-server'] });
    expect(planProvision(facts({ redisServer: null }))).toEqual({ kind: 'install', missing: ['redis-server'], packages: ['redis-server'] });
    expect(planProvision(facts({ chromium: null }))).toEqual({ kind: 'install', missing: ['chromium'], packages: ['chromium'] });
  });

  test("Ubuntu and its relatives as root: apt-get, with Ubuntu's Chromium package", () => {
    for (const os of [OS.ubuntu, OS.mint]) {
      expect(planProvision(facts({ osRelease: os, ...nothing }))).toEqual({
        kind: 'install',
        missing: ['chromium', 'redis-server'],
        packages: ['chromium-browser', 'redis-server'],
      });
    }
  });

  test('Debian as another user: the sudo line, and stop', () => {
    const plan = planProvision(facts({ uid: 1000, ...nothing }));
    expect(plan.kind).toBe('instruct');
    expect(commandOf(facts({ uid: 1000, ...nothing }))).toBe('sudo apt-get update && sudo apt-get install -y chromium redis-server');
    expect(commandOf(facts({ uid: 1000, chromium: null }))).toBe('sudo apt-get update && sudo apt-get install -y chromium');
    expect(plan.kind === 'instruct' && plan.message).toContain('The tests need Chromium and redis-server, which are not installed.');
  });

  test('Debian as root without apt-get: the command, and stop', () => {
    expect(commandOf(facts({ aptGet: false, redisServer: null }))).toBe('apt-get update && apt-get install -y redis-server');
  });

  test.each([
    ['Fedora', OS.fedora, 1000, 'sudo dnf install -y chromium redis'],
    ['Rocky (Fedora family)', OS.rocky, 1000, 'sudo dnf install -y chromium redis'],
    ['Fedora as root', OS.fedora, 0, 'dnf install -y chromium redis'],
    ['Alpine as root', OS.alpine, 0, 'apk add chromium redis'],
    ['Alpine', OS.alpine, 1000, 'sudo apk add chromium redis'],
    ['Arch', OS.arch, 1000, 'sudo pacman -S --needed --noconfirm chromium redis'],
    ['Manjaro (Arch family)', OS.manjaro, 0, 'pacman -S --needed --noconfirm chromium redis'],
  ])('%s: prints the command for that system, installs nothing', (_name, osRelease, uid, command) => {
    expect(commandOf(facts({ osRelease, uid, ...nothing }))).toBe(command);
  });

  test('macOS: Homebrew, and where the suite finds Chromium', () => {
    const mac = { platform: 'darwin' as const, osRelease: null, uid: 501 };
    expect(commandOf(facts({ ...mac, ...nothing }))).toBe(
      'brew install redis && brew install --cask chromium && export CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(commandOf(facts({ ...mac, redisServer: null }))).toBe('brew install redis');
    // Never sudo with Homebrew, even as root.
    expect(commandOf(facts({ ...mac, uid: 0, chromium: null }))).not.toContain('sudo');
  });

  test('an unknown system: says what to install and the environment variables instead', () => {
    for (const f of [facts({ osRelease: OS.gentoo, ...nothing }), facts({ platform: 'win32', osRelease: null, uid: null, ...nothing }), facts({ osRelease: null, ...nothing })]) {
      const plan = planProvision(f);
      expect(plan.kind).toBe('instruct');
      if (plan.kind !== 'instruct') continue;
      expect(plan.message).toContain("Install them with this system's package manager.");
      expect(plan.message).toContain('set CHROMIUM_PATH to a Chromium or Chrome binary; set REDIS_URL to a Redis to use');
    }
  });

  test('os-release: the closest relative wins', () => {
    expect(systemFamily('linux', OS.debian)).toBe('debian');
    expect(systemFamily('linux', OS.mint)).toBe('ubuntu');
    expect(systemFamily('linux', OS.rocky)).toBe('fedora');
    expect(systemFamily('linux', OS.gentoo)).toBe('unknown');
    expect(systemFamily('darwin', null)).toBe('macos');
    expect(systemFamily('freebsd', null)).toBe('unknown');
  });
});
