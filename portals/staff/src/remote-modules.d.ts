// The remotes' exposed modules, resolved at run time by Module Federation.
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
