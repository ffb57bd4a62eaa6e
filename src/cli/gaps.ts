// `npm run gaps`: the most frequent unanswered, ambiguous and down-voted questions, grouped, with the nearest fact.
import { loadConfig } from '../config/config.js';
import { buildIndex } from '../core/build-index.js';
import { StatbotError } from '../errors.js';
import { buildGapsReport, formatGapsReport } from '../gaps/gaps-report.js';
import { openGapsStore } from '../gaps/gaps-store.js';
import { createLogger } from '../logger.js';
import { loadPacks } from '../pack/load-pack.js';

try {
  const config = loadConfig(process.env);
  const store = openGapsStore({
    path: config.dbPath,
    retentionDays: config.gapsRetentionDays,
    logger: createLogger('warn'),
  });
  const groups = buildGapsReport(
    store.rows(),
    buildIndex(loadPacks(config.knowledgeDir)),
    Number(process.argv[2] ?? 20),
  );
  store.close();
  console.log(
    `Unanswered questions in ${config.dbPath} (last ${config.gapsRetentionDays} days), most frequent first:\n`,
  );
  console.log(formatGapsReport(groups).join('\n'));
} catch (error) {
  process.stderr.write(
    `${error instanceof StatbotError ? error.message : `Could not build the gaps report: ${String(error)}`}\n`,
  );
  process.exitCode = 1;
}
