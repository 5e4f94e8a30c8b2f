// Opening the review desk in the user's browser, when there is a way to: `open` on macOS, `start`
// on Windows, `xdg-open` on a Linux desktop. Never an error: without a browser, the address is
// printed and the user opens it. On Linux without a graphical session nothing is tried, because
// xdg-open would start a text browser in this terminal.
import { spawn } from 'node:child_process';

export interface BrowserCommand {
  command: string;
  args: string[];
}

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): BrowserCommand | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** True when a browser was asked to open the page (the command ran and did not fail). */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const cmd = browserCommand(url, platform, env);
  if (!cmd) return Promise.resolve(false);
  return new Promise((resolve) => {
    let settled = false;
    const done = (ok: boolean) => {
      if (!settled) {
        settled = true;
        resolve(ok);
      }
    };
    let child;
    try {
      child = spawn(cmd.command, cmd.args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: platform === 'win32', windowsHide: true });
    } catch {
      done(false);
      return;
    }
    child.on('error', () => done(false));
    child.on('exit', (code) => done(code === 0));
    child.unref();
    // A command still running after a while has most likely started a browser.
    setTimeout(() => done(true), 3000).unref();
  });
}
