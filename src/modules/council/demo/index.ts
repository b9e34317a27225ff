export { seedCouncilDemo } from './seed';
