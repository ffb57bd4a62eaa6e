// The round-robin proxy of the tests as its own process, for `npm run bench`: prints its URL once listening.
import { startRoundRobinProxy } from '../test/helpers/round-robin-proxy.js';

const proxy = await startRoundRobinProxy(process.argv.slice(2));
process.on('SIGTERM', () => void proxy.close().then(() => process.exit(0)));
process.stdout.write(`${proxy.url}\n`);
