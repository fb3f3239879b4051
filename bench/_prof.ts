import { callByName } from '../core';
import { offerColumns } from '../bench/trackers';
const args = offerColumns(10000);
for (let i = 0; i < 300; i++) callByName('OFFER', [...args]);
