import { documented } from '../../common/documented';
import { TextProperty } from '../../common/text-property';
import { RecordMeetingDto } from './record-meeting.dto';

/** The whole record as it should read, and why it is corrected: required once the summary is published. */
export class AmendMeetingRecordDto extends RecordMeetingDto {
  @TextProperty({
    presence: 'omittable',
    maxLength: 500,
    example: documented('api.docs.cycles.amend-meeting.reason-example'),
    description: documented('api.docs.cycles.amend-meeting.reason'),
  })
  reason?: string;
}
