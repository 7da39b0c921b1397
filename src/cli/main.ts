// CLI entry: parse the command, run it, return the exit status.
import { parseCommand, UsageError, USAGE } from './args';
import { runAudit } from './audit';
import { runExtract } from './extract';
import { stdoutOut } from './output';
import { visibleLine } from './terminal';
import { runYears } from './years-command';

export async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`gov-report-auditor: ${visibleLine(e.message)}\nRun "gov-report-auditor --help" for usage.\n`);
    return 2;
  }
  // a reader that stops early (| head) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  switch (command.command) {
    case 'help':
      await stdoutOut.write(USAGE);
      return 0;
    case 'audit':
      return runAudit({
        ...command,
        color: process.stdout.isTTY === true && !process.env.NO_COLOR,
        progress: process.stderr.isTTY === true,
        summary: command.summary || process.stderr.isTTY === true,
      }, stdoutOut);
    case 'extract':
      return runExtract(command, stdoutOut);
    case 'years':
      return runYears(command, stdoutOut);
  }
}
