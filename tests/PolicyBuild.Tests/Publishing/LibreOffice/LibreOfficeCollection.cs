namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>Binds the shared <see cref="LibreOfficeFixture"/> to the "LibreOffice" test collection.</summary>
[CollectionDefinition(LibreOfficeFixture.Collection)]
public sealed class LibreOfficeCollection : ICollectionFixture<LibreOfficeFixture>;
