import { runBehaviourContract } from '../../contract/behaviour-contract.js';
import { discordTarget } from '../../contract/targets/discord-target.js';

runBehaviourContract(discordTarget);
