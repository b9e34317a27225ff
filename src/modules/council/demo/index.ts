export { seedCouncilDemo, readCouncilPack } from './seed';
