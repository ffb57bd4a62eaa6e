import { runBehaviourContract } from '../../contract/behaviour-contract.js';
import { slackTarget } from '../../contract/targets/slack-target.js';

runBehaviourContract(slackTarget);
