using CchcPublisher.Cli;

return await CliApp.RunAsync(args);
