using FactCheck.Trainer;

return await TrainerCommands.RunAsync(args).ConfigureAwait(false);
