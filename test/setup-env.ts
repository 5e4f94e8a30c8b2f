// Tests never read or write the user's own Verso data (settings, corrections memory): every run
// gets an empty data folder of its own, inherited by the CLI processes tests spawn.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

if (!process.env.VERSO_DATA_DIR) process.env.VERSO_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-test-data-'));
