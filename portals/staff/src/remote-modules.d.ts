// The remotes' entries, resolved at run time by the shell's import map (portals/ui/build/federation.ts).
declare module 'applications/staff' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
declare module 'feedback/staff' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
declare module 'offerings/staff' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
declare module 'outreach/staff' {
  const module: import('@omsorg/ui').RemoteModule;
  export default module;
}
