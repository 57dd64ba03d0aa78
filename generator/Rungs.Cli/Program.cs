using Rungs.Cli.Commands;

// `rungs`: build, check and (later) serve and diff classification-spec sites.
return RungsCommandLine.Run(args);
