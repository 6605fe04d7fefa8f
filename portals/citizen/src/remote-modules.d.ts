// The remotes' entries, resolved at run time by the shell's import map (portals/ui/build/federation.ts).
declare module 'applications/citizen' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
declare module 'feedback/citizen' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
declare module 'offerings/citizen' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
declare module 'outreach/citizen' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
