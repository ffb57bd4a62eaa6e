import { runBehaviourContract, USERS } from '../../contract/behaviour-contract.js';
import { httpTarget } from '../../contract/targets/http-target.js';

runBehaviourContract(httpTarget(USERS));
