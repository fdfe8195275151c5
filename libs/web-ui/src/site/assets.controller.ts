import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@ledelsesrum/api/auth';
import { FAVICON, findAsset, type AssetFile } from './asset-files';

/** A versioned address never changes content, so the browser keeps it for a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The files the pages load, under /assets/<version>/…: our stylesheet and icon, and Det Fælles Designsystem's
 * stylesheet, fonts and icons, all from this site (the pages' CSP allows nothing else). The routes name their depth
 * (the router matches literal segments and parameters only); each answers only the files the catalogue holds.
 * Callers: anyone.
 */
@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  @Get(':version/:file')
  top(@Param('version') version: string, @Param('file') file: string, @Res() response: Response): void {
    send(response, findAsset(version, file));
  }

  @Get(':version/:folder/:file')
  inFolder(@Param() params: Record<string, string>, @Res() response: Response): void {
    send(response, findAsset(params['version']!, `${params['folder']}/${params['file']}`));
  }

  @Get(':version/:folder/:sub/:file')
  inSubfolder(@Param() params: Record<string, string>, @Res() response: Response): void {
    send(response, findAsset(params['version']!, `${params['folder']}/${params['sub']}/${params['file']}`));
  }

  /** The fonts: fonts/<family>/<set>/<format>/<file>. */
  @Get(':version/fonts/:family/:set/:format/:file')
  font(@Param() params: Record<string, string>, @Res() response: Response): void {
    const { version, family, set, format, file } = params;
    send(response, findAsset(version!, `fonts/${family}/${set}/${format}/${file}`));
  }
}

/** Where browsers look for a site's icon and its crawling rules unasked. Callers: anyone. */
@ApiExcludeController()
@Public()
@Controller()
export class SiteFilesController {
  @Get('favicon.ico')
  favicon(@Res() response: Response): void {
    send(response, FAVICON, 'public, max-age=86400');
  }

  /** Nothing here is for a search engine: the pages are for the organisation's own people. */
  @Get('robots.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  robots(): string {
    return 'User-agent: *\nDisallow: /\n';
  }
}

function send(response: Response, asset: AssetFile | undefined, cacheControl = IMMUTABLE): void {
  if (!asset) throw new NotFoundException();
  response.setHeader('Content-Type', asset.contentType);
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (asset.kind === 'text') {
    response.send(asset.body);
    return;
  }
  // Our own Cache-Control stays: sendFile would otherwise set its own.
  response.sendFile(asset.path, { cacheControl: false });
}
