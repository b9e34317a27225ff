import { COMMANDS, type Command } from './commands';

const INVOCATION = 'npm run cli --';

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Stadtportal – Verwaltung auf der Kommandozeile',
    '',
    `Aufruf: ${INVOCATION} <befehl> [optionen]`,
    '',
    'Befehle:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    `Hilfe zu einem Befehl: ${INVOCATION} <befehl> --help`,
    'Die Datenbank kommt aus der Konfiguration (DATA_DIR oder DATABASE_URL), wie beim Server.',
    'Mit PGlite (ohne DATABASE_URL) muss der Server dafür beendet sein.',
  ].join('\n');
}

export function commandHelp(command: Pick<Command, 'options' | 'usage' | 'description'>): string {
  const options = Object.entries(command.options).map(([name, spec]) => [`--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`, spec.description]);
  options.push(['-h, --help', 'Diese Hilfe anzeigen']);
  const width = Math.max(...options.map(([flag]) => (flag ?? '').length));
  return [
    `Aufruf: ${INVOCATION} ${command.usage}`,
    '',
    ...command.description,
    '',
    'Optionen:',
    ...options.map(([flag, description]) => `  ${(flag ?? '').padEnd(width)}  ${description}`),
  ].join('\n');
}
