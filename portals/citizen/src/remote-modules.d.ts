// The remotes' exposed modules, resolved at run time by Module Federation.
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
