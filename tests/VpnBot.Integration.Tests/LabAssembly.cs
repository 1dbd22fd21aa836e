using VpnBot.Lab.Testing;

// One lab for the whole assembly: started before the first test, torn down after the last, pass or fail.
[assembly: AssemblyFixture(typeof(LabFixture))]
