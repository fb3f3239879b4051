import { callByName } from './core';
console.log(JSON.stringify(callByName('HEALTH', [150, 100, 150, 200])));
