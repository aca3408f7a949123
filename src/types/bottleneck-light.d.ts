// The light build (no Redis clustering) is the one Octokit's plugins load; same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
