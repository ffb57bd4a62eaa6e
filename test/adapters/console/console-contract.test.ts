import { runBehaviourContract } from '../../contract/behaviour-contract.js';
import { consoleTarget } from '../../contract/targets/console-target.js';

runBehaviourContract(consoleTarget);
