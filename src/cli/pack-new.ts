// `npm run pack:new -- <folder> <source.txt>`: scaffolds a knowledge pack from a source text for its author to finish.
import { Command } from 'commander';
import { scaffoldPack } from '../pack/draft/scaffold-pack.js';
import { PLACEHOLDER } from '../pack/placeholders.js';
import { reportToolError } from './run-line-tool.js';

const program = new Command()
  .name('pack:new')
  .description(
    'Scaffolds a knowledge pack: copies the source text into a new folder and drafts facts.yml with one draft fact per sentence that holds a number.',
  )
  .argument('<folder>', 'the new pack folder (must not exist yet); its name becomes the pack id')
  .argument('<source>', 'the source document as plain text')
  .addHelpText(
    'after',
    `\nThen replace every "${PLACEHOLDER} …" in facts.yml, check the guesses marked "inferred", and run npm run kb:check -- <folder>.`,
  )
  .showHelpAfterError();

function main(): void {
  program.parse();
  const [folder = '', source = ''] = program.args;
  const made = scaffoldPack(folder, source);
  console.log(
    [
      `Drafted ${made.factCount} fact(s) for pack "${made.packId}" in ${made.factsPath} (source copied to ${made.sourcePath}).`,
      `Next: replace every "${PLACEHOLDER} …" (statements, titles, questions…), check the guesses marked "inferred",`,
      `delete drafts that are not facts, then run: npm run kb:check -- ${folder}`,
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  reportToolError(error);
}
